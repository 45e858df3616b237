/**
 * JMH benchmarks of the codec, session and emulator paths measured against the budgets of DESIGN.md
 * section 7, each beside a baseline measured in the same run, and the scale scenario. Run them from
 * {@code jmt5-benchmarks/target/benchmarks.jar}; see docs/performance.md.
 */
@NullMarked
package io.github.jmt5.bench;

import org.jspecify.annotations.NullMarked;
