package io.github.jmt5.client.compat;

/**
 * The official {@code version()} tuple.
 *
 * <p>The web terminal has no terminal build of its own: {@code version} is always 500 (as the
 * official package reports for MetaTrader 5), {@code build} is the trade server's build and {@code
 * releaseDate} is empty.
 *
 * @param version terminal version, 500
 * @param build the trade server's build
 * @param releaseDate release date of the build; empty, the web protocol does not carry it
 */
public record Version(int version, int build, String releaseDate) {}
