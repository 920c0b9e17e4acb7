/**
 * Users, roles, password hashing, authentication and the first administrator.
 */
package org.ehcpqa.security;
