/**
 * Onboarding and configuration sockets (PROTOCOL.md 5.8): short-lived sockets that never log in.
 * {@link io.github.jmt5.client.onboarding.ConfigSocket} is one bootstrapped socket with one request
 * at a time; {@link io.github.jmt5.client.onboarding.Onboarding} runs the web terminal's flows on
 * it, each on a socket of its own: trader parameters (cmd 29, 41), demo-account opening (cmd 29,
 * 27, 40, 30) and two-factor setup (cmd 43 right after the bootstrap).
 */
@NullMarked
package io.github.jmt5.client.onboarding;

import org.jspecify.annotations.NullMarked;
