/** The subcommands of {@code jmt5}. */
@NullMarked
package io.github.jmt5.cli.command;

import org.jspecify.annotations.NullMarked;
