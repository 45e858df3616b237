/**
 * The protocol's enumerations as Java enums with wire value and description, plus bit-set
 * constants. Messages keep raw integers, so values a newer server sends are never lost: {@code
 * find} answers empty and {@code describe} answers {@code "unknown (N)"}.
 */
@NullMarked
package io.github.jmt5.protocol.enums;

import org.jspecify.annotations.NullMarked;
