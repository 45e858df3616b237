package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.message.account.AccountMain;
import io.github.jmt5.protocol.message.account.Commission;
import io.github.jmt5.protocol.message.account.CommissionTier;
import io.github.jmt5.protocol.message.account.LeverageRule;
import io.github.jmt5.protocol.message.account.LeverageTier;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.BookHeader;
import io.github.jmt5.protocol.message.market.BookLevel;
import io.github.jmt5.protocol.message.market.CorporateLink;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Schedule;
import io.github.jmt5.protocol.message.market.ScheduleSession;
import io.github.jmt5.protocol.message.market.Spread;
import io.github.jmt5.protocol.message.market.SpreadLeg;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolDetails;
import io.github.jmt5.protocol.message.market.SymbolGroup;
import io.github.jmt5.protocol.message.market.SymbolSubscription;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.message.onboarding.DocumentHeader;
import io.github.jmt5.protocol.message.onboarding.InitRequest;
import io.github.jmt5.protocol.message.onboarding.OpenAccountResponse;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.RealAccountDetails;
import io.github.jmt5.protocol.message.onboarding.VerificationResponse;
import io.github.jmt5.protocol.message.session.ChangePasswordReply;
import io.github.jmt5.protocol.message.session.ChangePasswordRequest;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.message.session.LoginStatus;
import io.github.jmt5.protocol.message.session.NotifyRequest;
import io.github.jmt5.protocol.message.session.OtpSetupRequest;
import io.github.jmt5.protocol.message.session.TraderParams;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.HistoryRequest;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeReply;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TransactionHeader;
import java.util.List;
import java.util.Optional;

/**
 * Every fixed-size record of the protocol with its layout and typed codec. Tools look records up by
 * layout name; tests use the list to prove each typed codec against its layout.
 */
public final class RecordCatalog {
  /**
   * One record type.
   *
   * @param type the record class
   * @param layout its wire layout
   * @param reader its typed reader
   * @param writer its typed writer
   * @param <T> the record type
   */
  public record Entry<T>(
      Class<T> type, Layout layout, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {}

  private static final List<Entry<?>> ENTRIES =
      List.of(
          entry(LoginRequest.class, LoginRequest.LAYOUT, LoginRequest::read, LoginRequest::write),
          entry(
              LoginResponse.class, LoginResponse.LAYOUT, LoginResponse::read, LoginResponse::write),
          entry(
              ChangePasswordRequest.class,
              ChangePasswordRequest.LAYOUT,
              ChangePasswordRequest::read,
              ChangePasswordRequest::write),
          entry(
              ChangePasswordReply.class,
              ChangePasswordReply.LAYOUT,
              ChangePasswordReply::read,
              ChangePasswordReply::write),
          entry(
              OtpSetupRequest.class,
              OtpSetupRequest.LAYOUT,
              OtpSetupRequest::read,
              OtpSetupRequest::write),
          entry(
              NotifyRequest.class, NotifyRequest.LAYOUT, NotifyRequest::read, NotifyRequest::write),
          entry(TraderParams.class, TraderParams.LAYOUT, TraderParams::read, TraderParams::write),
          entry(LoginStatus.class, LoginStatus.LAYOUT, LoginStatus::read, LoginStatus::write),
          entry(InitRequest.class, InitRequest.LAYOUT, InitRequest::read, InitRequest::write),
          entry(OpeningForm.class, OpeningForm.LAYOUT, OpeningForm::read, OpeningForm::write),
          entry(
              RealAccountDetails.class,
              RealAccountDetails.LAYOUT,
              RealAccountDetails::read,
              RealAccountDetails::write),
          entry(
              DocumentHeader.class,
              DocumentHeader.LAYOUT,
              DocumentHeader::read,
              DocumentHeader::write),
          entry(
              OpenAccountResponse.class,
              OpenAccountResponse.LAYOUT,
              OpenAccountResponse::read,
              OpenAccountResponse::write),
          entry(
              VerificationResponse.class,
              VerificationResponse.LAYOUT,
              VerificationResponse::read,
              VerificationResponse::write),
          entry(AccountMain.class, AccountMain.LAYOUT, AccountMain::read, AccountMain::write),
          entry(
              TradeSettings.class, TradeSettings.LAYOUT, TradeSettings::read, TradeSettings::write),
          entry(LeverageRule.class, LeverageRule.LAYOUT, LeverageRule::read, LeverageRule::write),
          entry(LeverageTier.class, LeverageTier.LAYOUT, LeverageTier::read, LeverageTier::write),
          entry(Commission.class, Commission.LAYOUT, Commission::read, Commission::write),
          entry(
              CommissionTier.class,
              CommissionTier.LAYOUT,
              CommissionTier::read,
              CommissionTier::write),
          entry(Position.class, Position.LAYOUT, Position::read, Position::write),
          entry(Order.class, Order.LAYOUT, Order::read, Order::write),
          entry(Deal.class, Deal.LAYOUT, Deal::read, Deal::write),
          entry(TradeRequest.class, TradeRequest.LAYOUT, TradeRequest::read, TradeRequest::write),
          entry(TradeResult.class, TradeResult.LAYOUT, TradeResult::read, TradeResult::write),
          entry(
              TransactionHeader.class,
              TransactionHeader.LAYOUT,
              TransactionHeader::read,
              TransactionHeader::write),
          entry(TradeReply.class, TradeReply.LAYOUT, TradeReply::read, TradeReply::write),
          entry(
              HistoryRequest.class,
              HistoryRequest.LAYOUT,
              HistoryRequest::read,
              HistoryRequest::write),
          entry(
              TradeResultPush.class,
              TradeResultPush.LAYOUT,
              TradeResultPush::read,
              TradeResultPush::write),
          entry(Tick.class, Tick.LAYOUT, Tick::read, Tick::write),
          entry(SymbolBasic.class, SymbolBasic.LAYOUT, SymbolBasic::read, SymbolBasic::write),
          entry(SymbolGroup.class, SymbolGroup.LAYOUT, SymbolGroup::read, SymbolGroup::write),
          entry(
              ScheduleSession.class,
              ScheduleSession.LAYOUT,
              ScheduleSession::read,
              ScheduleSession::write),
          entry(
              SymbolSubscription.class,
              SymbolSubscription.LAYOUT,
              SymbolSubscription::read,
              SymbolSubscription::write),
          entry(Schedule.class, Schedule.LAYOUT, Schedule::read, Schedule::write),
          entry(FullSymbol.class, FullSymbol.LAYOUT, FullSymbol::read, FullSymbol::write),
          entry(
              SymbolDetails.class, SymbolDetails.LAYOUT, SymbolDetails::read, SymbolDetails::write),
          entry(BarsRequest.class, BarsRequest.LAYOUT, BarsRequest::read, BarsRequest::write),
          entry(Bar.class, Bar.LAYOUT, Bar::read, Bar::write),
          entry(BookHeader.class, BookHeader.LAYOUT, BookHeader::read, BookHeader::write),
          entry(BookLevel.class, BookLevel.LAYOUT, BookLevel::read, BookLevel::write),
          entry(Spread.class, Spread.LAYOUT, Spread::read, Spread::write),
          entry(SpreadLeg.class, SpreadLeg.LAYOUT, SpreadLeg::read, SpreadLeg::write),
          entry(
              CorporateLink.class,
              CorporateLink.LAYOUT,
              CorporateLink::read,
              CorporateLink::write));

  private RecordCatalog() {}

  private static <T> Entry<T> entry(
      Class<T> type, Layout layout, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {
    return new Entry<>(type, layout, reader, writer);
  }

  /** {@return every fixed record with its layout, reader and writer; unmodifiable} */
  public static List<Entry<?>> all() {
    return ENTRIES;
  }

  /**
   * {@return the record whose layout is called {@code layoutName} ({@code TICK}, {@code
   * FULL_SYMBOL})}
   *
   * @param layoutName the layout's name, upper case
   */
  public static Optional<Entry<?>> byLayoutName(String layoutName) {
    for (Entry<?> e : ENTRIES) {
      if (e.layout().name().equals(layoutName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the entry for {@code type}}
   *
   * @param type the record class
   */
  public static Optional<Entry<?>> byType(Class<?> type) {
    for (Entry<?> e : ENTRIES) {
      if (e.type() == type) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
