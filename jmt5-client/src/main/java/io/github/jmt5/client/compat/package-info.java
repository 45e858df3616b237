/**
 * A blocking facade with one method per function of the official {@code MetaTrader5} Python
 * package, camelCased: {@link io.github.jmt5.client.compat.MetaTrader5}. Result records use the
 * official field names, camelCased; {@link io.github.jmt5.client.compat.Mt5Constants} holds the
 * official constants. Where the web terminal protocol cannot serve a function exactly, the method's
 * Javadoc says what it returns instead.
 */
@NullMarked
package io.github.jmt5.client.compat;

import org.jspecify.annotations.NullMarked;
