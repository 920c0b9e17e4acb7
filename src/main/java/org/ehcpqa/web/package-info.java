/**
 * Cross-cutting HTTP concerns (problem+json errors) and the pages: server-rendered Thymeleaf views
 * (src/main/resources/views, one layout fragment) in the GOV.UK Frontend style, working without
 * JavaScript; PageModel adds the signed-in user and the CSRF token to every view's model.
 */
package org.ehcpqa.web;
