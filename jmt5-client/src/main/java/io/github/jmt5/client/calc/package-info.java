/**
 * Local trade calculations, as the web terminal performs them without asking the server: currency
 * conversion through the quoted cross rates ({@link io.github.jmt5.client.calc.CurrencyConverter}),
 * margin ({@link io.github.jmt5.client.calc.MarginCalculator}) and profit ({@link
 * io.github.jmt5.client.calc.ProfitCalculator}) for every symbol calculation mode, and a local
 * order check ({@link io.github.jmt5.client.calc.OrderChecker}). {@link
 * io.github.jmt5.client.calc.TradeCalculations} bundles them over an account, a symbol lookup and a
 * quote book.
 *
 * <p>All prices are real (unscaled) prices and all volumes are lots. Every class here is immutable
 * or thread-safe, and none performs I/O.
 */
@NullMarked
package io.github.jmt5.client.calc;

import org.jspecify.annotations.NullMarked;
