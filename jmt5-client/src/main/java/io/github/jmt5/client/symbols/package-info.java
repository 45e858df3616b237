/**
 * Symbols: the list, groups and full configurations, cached with a time to live and updated from
 * cmd 13 pushes.
 */
@NullMarked
package io.github.jmt5.client.symbols;

import org.jspecify.annotations.NullMarked;
