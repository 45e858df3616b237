package io.github.jmt5.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Jmt5Test {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("serve", "sniff", "decode", "--log-format", "--log-level", "Exit codes:")
        .contains("0   success")
        .contains("2   bad usage")
        .contains("3   connection")
        .contains("4   authentication")
        .contains("5   server or trade error");
  }

  @Test
  void subcommandHelpInheritsTheExitCodesAndLoggingOptions() {
    Cli.Result r = Cli.run("sniff", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--upstream", "--capture", "--log-format", "Exit codes:");
  }

  @Test
  void versionNamesTheProject() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("jmt5 ").contains("Java ");
  }

  @Test
  void noCommandIsBadUsage() {
    Cli.Result r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: jmt5");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionIsBadUsage() {
    Cli.Result r = Cli.run("--no-such-option");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void invalidValuesAreBadUsage() {
    assertThat(Cli.run("serve", "--port", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("serve", "--drop-every", "soon").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("serve", "--tls-cert", "a.pem").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("--log-level", "loud", "decode", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("sniff", "--listen", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("sniff", "--listen", "0", "--upstream", "http://x/terminal").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void badAccountSpecDoesNotEchoThePassword() {
    Cli.Result r = Cli.run("serve", "--account", "notanumber:hunter2-secret");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--account").doesNotContain("hunter2-secret");
  }

  @Test
  void logOptionsAreAcceptedBeforeAndAfterTheCommand() {
    assertThat(Cli.run("--log-format", "json", "decode", "--help").exitCode()).isZero();
    assertThat(Cli.run("decode", "--log-format=JSON", "--log-level=debug", "--help").exitCode())
        .isZero();
  }
}
