package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.compress.SymbolListCompression;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.CorporateLink;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.Spread;
import io.github.jmt5.protocol.message.market.Spreads;
import io.github.jmt5.protocol.message.market.SymbolDetails;
import io.github.jmt5.protocol.message.market.SymbolGroups;
import io.github.jmt5.protocol.message.market.SymbolList;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.message.onboarding.InitRequest;
import io.github.jmt5.protocol.message.onboarding.OpenAccountResponse;
import io.github.jmt5.protocol.message.onboarding.OpenRealAccountRequest;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.OpeningVerificationRequest;
import io.github.jmt5.protocol.message.onboarding.VerificationResponse;
import io.github.jmt5.protocol.message.session.ChangePasswordReply;
import io.github.jmt5.protocol.message.session.ChangePasswordRequest;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.message.session.LoginStatus;
import io.github.jmt5.protocol.message.session.NotifyRequest;
import io.github.jmt5.protocol.message.session.OtpSetupRequest;
import io.github.jmt5.protocol.message.session.TraderParams;
import io.github.jmt5.protocol.message.trade.HistoryRequest;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.message.trade.TradeReply;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.protocol.message.trade.TradeTransactions;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;

/** The typed codec of every payload and body, one constant each. */
public final class Codecs {
  private Codecs() {}

  public static final BodyCodec<Empty> EMPTY =
      BodyCodec.of(Empty.class, r -> Empty.INSTANCE, (v, w) -> {});

  public static final BodyCodec<Account> ACCOUNT =
      BodyCodec.of(Account.class, Account::decode, (v, w) -> v.write(w));

  public static final BodyCodec<PositionsAndOrders> POSITIONS_AND_ORDERS =
      BodyCodec.of(PositionsAndOrders.class, PositionsAndOrders::decode, (v, w) -> v.write(w));

  public static final BodyCodec<HistoryRequest> HISTORY_REQUEST =
      fixed(HistoryRequest.class, HistoryRequest::read, HistoryRequest::write);

  public static final BodyCodec<TradeHistory> TRADE_HISTORY =
      BodyCodec.of(TradeHistory.class, TradeHistory::decode, (v, w) -> v.write(w));

  public static final BodyCodec<SymbolList> SYMBOL_LIST =
      BodyCodec.of(SymbolList.class, SymbolList::decode, (v, w) -> v.write(w));

  /**
   * cmd 34: inflates (with {@link SymbolListCompression#DEFAULT_LIMIT}) and decodes the symbol
   * list.
   */
  public static final BodyCodec<SymbolList> SYMBOL_LIST_COMPRESSED =
      BodyCodec.of(
          SymbolList.class,
          r -> {
            byte[] raw = r.bytes(0, r.length(), "stream").toArray();
            byte[] plain = SymbolListCompression.inflate(raw);
            return SymbolList.decode(WireReader.of(plain, r.command()));
          },
          (v, w) -> {
            WireWriter plain = new WireWriter();
            v.write(plain);
            w.raw(SymbolListCompression.deflate(plain.toByteArray()));
          });

  public static final BodyCodec<IdList> ID_LIST = fixed(IdList.class, IdList::read, IdList::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Tick>> TICKS_TYPE = (Class<List<Tick>>) (Class<?>) List.class;

  /** cmd 8: uncounted ticks. */
  public static final BodyCodec<List<Tick>> TICKS =
      uncounted(TICKS_TYPE, Tick.SIZE, Tick::read, Tick::write);

  public static final BodyCodec<SymbolGroups> SYMBOL_GROUPS =
      BodyCodec.of(SymbolGroups.class, SymbolGroups::decode, (v, w) -> v.write(w));

  @SuppressWarnings("unchecked")
  private static final Class<List<TradeTransaction>> TRANSACTIONS_TYPE =
      (Class<List<TradeTransaction>>) (Class<?>) List.class;

  public static final BodyCodec<List<TradeTransaction>> TRADE_TRANSACTIONS =
      BodyCodec.of(TRANSACTIONS_TYPE, TradeTransactions::decode, TradeTransactions::write);

  public static final BodyCodec<BarsRequest> BARS_REQUEST =
      fixed(BarsRequest.class, BarsRequest::read, BarsRequest::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Bar>> BARS_TYPE = (Class<List<Bar>>) (Class<?>) List.class;

  /** cmd 11 reply: uncounted 48-byte bars. */
  public static final BodyCodec<List<Bar>> BARS =
      uncounted(BARS_TYPE, Bar.SIZE, Bar::read, Bar::write);

  public static final BodyCodec<TradeRequest> TRADE_REQUEST =
      fixed(TradeRequest.class, TradeRequest::read, TradeRequest::write);

  public static final BodyCodec<TradeReply> TRADE_REPLY =
      fixed(TradeReply.class, TradeReply::read, TradeReply::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<FullSymbol>> FULL_SYMBOLS_TYPE =
      (Class<List<FullSymbol>>) (Class<?>) List.class;

  /** cmd 18 reply: counted full symbol configs. */
  public static final BodyCodec<List<FullSymbol>> FULL_SYMBOLS =
      BodyCodec.of(
          FULL_SYMBOLS_TYPE,
          r -> Wire.readCounted(r, 0, FullSymbol.SIZE, "symbols", FullSymbol::read),
          (v, w) -> Wire.writeCounted(w, v, FullSymbol::write));

  /** cmd 13 push: uncounted full symbol configs. */
  public static final BodyCodec<List<FullSymbol>> SYMBOL_UPDATES =
      uncounted(FULL_SYMBOLS_TYPE, FullSymbol.SIZE, FullSymbol::read, FullSymbol::write);

  public static final BodyCodec<LoginStatus> LOGIN_STATUS =
      fixed(LoginStatus.class, LoginStatus::read, LoginStatus::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<SymbolDetails>> DETAILS_TYPE =
      (Class<List<SymbolDetails>>) (Class<?>) List.class;

  /** cmd 17 push: uncounted symbol details. */
  public static final BodyCodec<List<SymbolDetails>> SYMBOL_DETAILS =
      uncounted(DETAILS_TYPE, SymbolDetails.SIZE, SymbolDetails::read, SymbolDetails::write);

  public static final BodyCodec<TradeResultPush> TRADE_RESULT =
      fixed(TradeResultPush.class, TradeResultPush::read, TradeResultPush::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Spread>> SPREADS_TYPE =
      (Class<List<Spread>>) (Class<?>) List.class;

  public static final BodyCodec<List<Spread>> SPREADS =
      BodyCodec.of(SPREADS_TYPE, Spreads::decode, Spreads::write);

  public static final BodyCodec<ChangePasswordRequest> CHANGE_PASSWORD_REQUEST =
      fixed(ChangePasswordRequest.class, ChangePasswordRequest::read, ChangePasswordRequest::write);

  public static final BodyCodec<ChangePasswordReply> CHANGE_PASSWORD_REPLY =
      fixed(ChangePasswordReply.class, ChangePasswordReply::read, ChangePasswordReply::write);

  public static final BodyCodec<OpeningVerificationRequest> OPENING_VERIFICATION =
      fixed(
          OpeningVerificationRequest.class,
          OpeningVerificationRequest::read,
          OpeningVerificationRequest::write);

  public static final BodyCodec<VerificationResponse> VERIFICATION_RESPONSE =
      fixed(VerificationResponse.class, VerificationResponse::read, VerificationResponse::write);

  public static final BodyCodec<LoginRequest> LOGIN_REQUEST =
      fixed(LoginRequest.class, LoginRequest::read, LoginRequest::write);

  public static final BodyCodec<LoginResponse> LOGIN_RESPONSE =
      fixed(LoginResponse.class, LoginResponse::read, LoginResponse::write);

  public static final BodyCodec<InitRequest> INIT_REQUEST =
      fixed(InitRequest.class, InitRequest::read, InitRequest::write);

  public static final BodyCodec<OpeningForm> OPENING_FORM =
      fixed(OpeningForm.class, OpeningForm::read, OpeningForm::write);

  public static final BodyCodec<OpenAccountResponse> OPEN_ACCOUNT_RESPONSE =
      fixed(OpenAccountResponse.class, OpenAccountResponse::read, OpenAccountResponse::write);

  public static final BodyCodec<OpenRealAccountRequest> OPEN_REAL_ACCOUNT =
      BodyCodec.of(
          OpenRealAccountRequest.class, OpenRealAccountRequest::decode, (v, w) -> v.write(w));

  public static final BodyCodec<TraderParams> TRADER_PARAMS =
      fixed(TraderParams.class, TraderParams::read, TraderParams::write);

  public static final BodyCodec<NotifyRequest> NOTIFY =
      fixed(NotifyRequest.class, NotifyRequest::read, NotifyRequest::write);

  /**
   * cmd 43: the fixed part; a trailing 160-byte credential blob, if any, is not part of this
   * record.
   */
  public static final BodyCodec<OtpSetupRequest> OTP_SETUP =
      fixed(OtpSetupRequest.class, OtpSetupRequest::read, OtpSetupRequest::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<CorporateLink>> LINKS_TYPE =
      (Class<List<CorporateLink>>) (Class<?>) List.class;

  public static final BodyCodec<List<CorporateLink>> CORPORATE_LINKS =
      BodyCodec.of(
          LINKS_TYPE,
          r -> Wire.readCounted(r, 0, CorporateLink.SIZE, "links", CorporateLink::read),
          (v, w) -> Wire.writeCounted(w, v, CorporateLink::write));

  @SuppressWarnings("unchecked")
  private static final Class<List<BookUpdate>> BOOK_TYPE =
      (Class<List<BookUpdate>>) (Class<?>) List.class;

  /** cmd 23 push: order-book entries with their level changes. */
  public static final BodyCodec<List<BookUpdate>> ORDER_BOOK =
      BodyCodec.of(BOOK_TYPE, BookUpdate::decodeAll, BookUpdate::writeAll);

  /** cmd 0 request: the 64-byte session token (zeros for a new session). */
  public static final BodyCodec<Bytes> BOOTSTRAP_TOKEN =
      BodyCodec.of(
          Bytes.class,
          r -> r.bytes(0, BootstrapReply.TOKEN_LENGTH, "token"),
          (v, w) -> w.bytes(v, BootstrapReply.TOKEN_LENGTH));

  public static final BodyCodec<BootstrapReply> BOOTSTRAP_REPLY =
      BodyCodec.of(
          BootstrapReply.class,
          r -> BootstrapReply.decode(r.bytes(0, r.length(), "bootstrap").toArray()),
          (v, w) -> w.raw(v.encode()));

  /** A body that is one fixed record at offset 0. */
  public static <T> BodyCodec<T> fixed(
      Class<T> type, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {
    return BodyCodec.of(type, r -> reader.read(r, 0), writer::write);
  }

  /** A body of records back to back with no count. */
  public static <T> BodyCodec<List<T>> uncounted(
      Class<List<T>> type, int size, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {
    return BodyCodec.of(
        type, r -> Wire.readUncounted(r, 0, size, reader), (v, w) -> Wire.writeAll(w, v, writer));
  }
}
