/**
 * The account: information, live updates and the values the server leaves to the client (equity,
 * margin).
 */
@NullMarked
package io.github.jmt5.client.account;

import org.jspecify.annotations.NullMarked;
