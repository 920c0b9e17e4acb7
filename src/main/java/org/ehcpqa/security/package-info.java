/**
 * Users, roles, password hashing, authentication and the first administrator; for pages, the
 * session cookie (the API's JWT in an HttpOnly, SameSite=Strict cookie), CSRF tokens on every
 * state-changing request that rides on it, security headers, and sign-in redirects.
 */
package org.ehcpqa.security;
