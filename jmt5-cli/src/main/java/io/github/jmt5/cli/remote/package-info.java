/**
 * Commands against any server ({@code --server URI --login N}): account, symbols, quotes, bars,
 * positions, orders, history and trade. Each prints text, or one JSON object per line with {@code
 * --json}.
 */
@NullMarked
package io.github.jmt5.cli.remote;

import org.jspecify.annotations.NullMarked;
