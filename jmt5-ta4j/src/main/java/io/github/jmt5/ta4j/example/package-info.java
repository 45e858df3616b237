/** A runnable example: a moving-average crossover backtest and live run on an emulator. */
@NullMarked
package io.github.jmt5.ta4j.example;

import org.jspecify.annotations.NullMarked;
