package io.github.jmt5.protocol;

import io.github.jmt5.protocol.command.CommandId;

/**
 * Human-readable command names for messages, without making exceptions depend on the whole table.
 */
final class CommandNames {
  private CommandNames() {}

  static String nameOf(int command) {
    return CommandId.find(command).map(CommandId::label).orElse("unknown");
  }
}
