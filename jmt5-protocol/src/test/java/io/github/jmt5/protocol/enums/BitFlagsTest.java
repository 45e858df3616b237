package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BitFlagsTest {

  @Test
  void fillingFlagBits() {
    assertThat(FillingFlag.FOK.value()).isEqualTo(1);
    assertThat(FillingFlag.IOC.value()).isEqualTo(2);
    assertThat(FillingFlag.BOC.value()).isEqualTo(4);
    assertThat(FillingFlag.of(3)).containsExactly(FillingFlag.FOK, FillingFlag.IOC);
    assertThat(FillingFlag.of(0)).isEmpty();
    assertThat(FillingFlag.toBits(EnumSet.of(FillingFlag.FOK, FillingFlag.BOC))).isEqualTo(5);
    assertThat(FillingFlag.toBits(EnumSet.noneOf(FillingFlag.class))).isZero();
    assertThat(FillingFlag.has(6, FillingFlag.IOC)).isTrue();
    assertThat(FillingFlag.has(6, FillingFlag.FOK)).isFalse();
  }

  @Test
  void unknownBitsAreIgnoredButReported() {
    int bits = 2 | 8 | 0x100;
    assertThat(FillingFlag.of(bits)).containsExactly(FillingFlag.IOC);
    assertThat(FillingFlag.unknownBits(bits)).isEqualTo(8 | 0x100);
    assertThat(FillingFlag.unknownBits(7)).isZero();
    assertThat(FillingFlag.describeBits(bits)).isEqualTo("IOC|0x108");
    assertThat(FillingFlag.describeBits(0)).isEqualTo("none");
    assertThat(FillingFlag.describeBits(-1)).isEqualTo("FOK|IOC|BOC|0xfffffff8");
    assertThat(FillingFlag.find(3)).as("not a single bit").isEmpty();
    assertThat(FillingFlag.describe(8)).isEqualTo("unknown (8)");
  }

  @Test
  void bitsRoundTripThroughSets() {
    for (int bits = 0; bits < 128; bits++) {
      assertThat(OrderFlag.toBits(OrderFlag.of(bits))).isEqualTo(bits);
    }
    for (int bits = 0; bits < 16; bits++) {
      assertThat(TimeFlag.toBits(TimeFlag.of(bits))).isEqualTo(bits);
    }
    assertThat(FillingFlag.toBits(FillingFlag.of(-1))).isEqualTo(7);
  }

  @Test
  void timeFlagBitsAndOrderTime() {
    assertThat(TimeFlag.of(1 | 2 | 4 | 8)).containsExactly(TimeFlag.values());
    assertThat(OrderTime.GTC.flag()).isEqualTo(TimeFlag.GTC);
    assertThat(OrderTime.SPECIFIED_DAY.flag()).isEqualTo(TimeFlag.SPECIFIED_DAY);
    for (OrderTime t : OrderTime.values()) {
      assertThat(t.flag().value()).isEqualTo(1 << t.value());
    }
    assertThat(OrderTime.DAY.isAllowedBy(1 | 2)).isTrue();
    assertThat(OrderTime.SPECIFIED.isAllowedBy(1 | 2)).isFalse();
  }

  @Test
  void orderFlagBits() {
    assertThat(OrderFlag.values())
        .extracting(OrderFlag::value)
        .containsExactly(1, 2, 4, 8, 16, 32, 64);
    assertThat(OrderFlag.of(16 | 32)).containsExactly(OrderFlag.SL, OrderFlag.TP);
  }

  @Test
  void accountRights() {
    assertThat(AccountRights.TRADE_DISABLED.value()).isEqualTo(4);
    assertThat(AccountRights.INVESTOR.value()).isEqualTo(8);
    assertThat(AccountRights.READ_ONLY.value()).isEqualTo(512);
    assertThat(AccountRights.RESET_PASSWORD.value()).isEqualTo(1024);
    int rights = 4 | 1024 | 1;
    assertThat(AccountRights.isTradeDisabled(rights)).isTrue();
    assertThat(AccountRights.isInvestor(rights)).isFalse();
    assertThat(AccountRights.isReadOnly(rights)).isFalse();
    assertThat(AccountRights.isPasswordResetRequired(rights)).isTrue();
    assertThat(AccountRights.isInvestor(8)).isTrue();
    assertThat(AccountRights.isReadOnly(512)).isTrue();
    assertThat(AccountRights.of(rights))
        .containsExactly(AccountRights.TRADE_DISABLED, AccountRights.RESET_PASSWORD);
    assertThat(AccountRights.unknownBits(rights)).isEqualTo(1);
    assertThat(AccountRights.describe(1024)).isEqualTo("password reset required");
  }

  @Test
  void permissionFlags() {
    assertThat(PermissionFlag.RISK_WARNING.value()).isEqualTo(16);
    assertThat(PermissionFlag.has(16 | 1, PermissionFlag.RISK_WARNING)).isTrue();
    assertThat(PermissionFlag.of(15)).isEmpty();
  }

  @Test
  void marketExecutionFillingFollowsTheFrontend() {
    assertThat(OrderFilling.forMarketExecution(1 | 2)).isEqualTo(OrderFilling.IOC);
    assertThat(OrderFilling.forMarketExecution(2)).isEqualTo(OrderFilling.IOC);
    assertThat(OrderFilling.forMarketExecution(1)).isEqualTo(OrderFilling.FOK);
    assertThat(OrderFilling.forMarketExecution(1 | 4)).isEqualTo(OrderFilling.FOK);
    assertThat(OrderFilling.forMarketExecution(4)).isEqualTo(OrderFilling.RETURN);
    assertThat(OrderFilling.forMarketExecution(0)).isEqualTo(OrderFilling.RETURN);
  }
}
