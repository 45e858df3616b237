package io.github.jmt5.client.compat;

/**
 * One level of the order book, as the official {@code BookInfo}.
 *
 * @param type {@link Mt5Constants#BOOK_TYPE_SELL} or {@link Mt5Constants#BOOK_TYPE_BUY}
 * @param price price of the level
 * @param volume volume of the level in lots, rounded to a whole number
 * @param volumeDbl volume of the level in lots, exact
 */
public record BookInfo(int type, double price, long volume, double volumeDbl) {}
