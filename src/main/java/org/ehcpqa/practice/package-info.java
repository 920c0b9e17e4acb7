/**
 * Practice events: audit cycles, moderation sessions, practice learning events and training.
 */
package org.ehcpqa.practice;
