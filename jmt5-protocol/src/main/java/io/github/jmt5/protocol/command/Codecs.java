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

  /** Empty payload or body: logout, ping, subscription replies; extra bytes are ignored. */
  public static final BodyCodec<Empty> EMPTY =
      BodyCodec.of(Empty.class, r -> Empty.INSTANCE, (v, w) -> {});

  /** cmd 3 reply and cmd 14 push: the account body. */
  public static final BodyCodec<Account> ACCOUNT =
      BodyCodec.of(Account.class, Account::decode, (v, w) -> v.write(w));

  /** cmd 4 reply: counted positions, then counted open orders. */
  public static final BodyCodec<PositionsAndOrders> POSITIONS_AND_ORDERS =
      BodyCodec.of(PositionsAndOrders.class, PositionsAndOrders::decode, (v, w) -> v.write(w));

  /** cmd 5 request: the history interval. */
  public static final BodyCodec<HistoryRequest> HISTORY_REQUEST =
      fixed(HistoryRequest.class, HistoryRequest::read, HistoryRequest::write);

  /** cmd 5 reply: counted deals, then counted historical orders. */
  public static final BodyCodec<TradeHistory> TRADE_HISTORY =
      BodyCodec.of(TradeHistory.class, TradeHistory::decode, (v, w) -> v.write(w));

  /** cmd 6 reply: counted basic symbol records. */
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

  /** cmd 7, 18, 20 and 22 requests: a count and that many u32 symbol ids. */
  public static final BodyCodec<IdList> ID_LIST = fixed(IdList.class, IdList::read, IdList::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Tick>> TICKS_TYPE = (Class<List<Tick>>) (Class<?>) List.class;

  /** cmd 8: uncounted ticks. */
  public static final BodyCodec<List<Tick>> TICKS =
      uncounted(TICKS_TYPE, Tick.SIZE, Tick::read, Tick::write);

  /** cmd 9 reply: counted symbol group names. */
  public static final BodyCodec<SymbolGroups> SYMBOL_GROUPS =
      BodyCodec.of(SymbolGroups.class, SymbolGroups::decode, (v, w) -> v.write(w));

  @SuppressWarnings("unchecked")
  private static final Class<List<TradeTransaction>> TRANSACTIONS_TYPE =
      (Class<List<TradeTransaction>>) (Class<?>) List.class;

  /** cmd 10 push: ORDER and DEAL transaction records back to back. */
  public static final BodyCodec<List<TradeTransaction>> TRADE_TRANSACTIONS =
      BodyCodec.of(TRANSACTIONS_TYPE, TradeTransactions::decode, TradeTransactions::write);

  /** cmd 11 request: symbol, timeframe and interval of the bars. */
  public static final BodyCodec<BarsRequest> BARS_REQUEST =
      fixed(BarsRequest.class, BarsRequest::read, BarsRequest::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Bar>> BARS_TYPE = (Class<List<Bar>>) (Class<?>) List.class;

  /** cmd 11 reply: uncounted 48-byte bars. */
  public static final BodyCodec<List<Bar>> BARS =
      uncounted(BARS_TYPE, Bar.SIZE, Bar::read, Bar::write);

  /** cmd 12 request: the trade request record. */
  public static final BodyCodec<TradeRequest> TRADE_REQUEST =
      fixed(TradeRequest.class, TradeRequest::read, TradeRequest::write);

  /** cmd 12 reply: the u32 id the trade result will carry. */
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

  /** cmd 15 push: the u32 login / trade-server state. */
  public static final BodyCodec<LoginStatus> LOGIN_STATUS =
      fixed(LoginStatus.class, LoginStatus::read, LoginStatus::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<SymbolDetails>> DETAILS_TYPE =
      (Class<List<SymbolDetails>>) (Class<?>) List.class;

  /** cmd 17 push: uncounted symbol details. */
  public static final BodyCodec<List<SymbolDetails>> SYMBOL_DETAILS =
      uncounted(DETAILS_TYPE, SymbolDetails.SIZE, SymbolDetails::read, SymbolDetails::write);

  /** cmd 19 push: the echoed request and its result. */
  public static final BodyCodec<TradeResultPush> TRADE_RESULT =
      fixed(TradeResultPush.class, TradeResultPush::read, TradeResultPush::write);

  @SuppressWarnings("unchecked")
  private static final Class<List<Spread>> SPREADS_TYPE =
      (Class<List<Spread>>) (Class<?>) List.class;

  /** cmd 20 reply and push: spread blocks. */
  public static final BodyCodec<List<Spread>> SPREADS =
      BodyCodec.of(SPREADS_TYPE, Spreads::decode, Spreads::write);

  /** cmd 24 request: the new password and which password to change. */
  public static final BodyCodec<ChangePasswordRequest> CHANGE_PASSWORD_REQUEST =
      fixed(ChangePasswordRequest.class, ChangePasswordRequest::read, ChangePasswordRequest::write);

  /** cmd 24 reply: the i32 result. */
  public static final BodyCodec<ChangePasswordReply> CHANGE_PASSWORD_REPLY =
      fixed(ChangePasswordReply.class, ChangePasswordReply::read, ChangePasswordReply::write);

  /** cmd 27 request: the form whose verification codes are asked for. */
  public static final BodyCodec<OpeningVerificationRequest> OPENING_VERIFICATION =
      fixed(
          OpeningVerificationRequest.class,
          OpeningVerificationRequest::read,
          OpeningVerificationRequest::write);

  /** cmd 27 and cmd 40 reply: whether e-mail and phone codes are needed (u8 each). */
  public static final BodyCodec<VerificationResponse> VERIFICATION_RESPONSE =
      fixed(VerificationResponse.class, VerificationResponse::read, VerificationResponse::write);

  /** cmd 28 request: the 912-byte login record. */
  public static final BodyCodec<LoginRequest> LOGIN_REQUEST =
      fixed(LoginRequest.class, LoginRequest::read, LoginRequest::write);

  /** cmd 28 reply: the 168-byte login response. */
  public static final BodyCodec<LoginResponse> LOGIN_RESPONSE =
      fixed(LoginResponse.class, LoginResponse::read, LoginResponse::write);

  /** cmd 29 request: the 744-byte onboarding init record. */
  public static final BodyCodec<InitRequest> INIT_REQUEST =
      fixed(InitRequest.class, InitRequest::read, InitRequest::write);

  /** cmd 30 and cmd 40 request: the account-opening form. */
  public static final BodyCodec<OpeningForm> OPENING_FORM =
      fixed(OpeningForm.class, OpeningForm::read, OpeningForm::write);

  /** cmd 30 and cmd 39 reply: the new login and its passwords. */
  public static final BodyCodec<OpenAccountResponse> OPEN_ACCOUNT_RESPONSE =
      fixed(OpenAccountResponse.class, OpenAccountResponse::read, OpenAccountResponse::write);

  /** cmd 39 request: the form, the real-account details and the documents. */
  public static final BodyCodec<OpenRealAccountRequest> OPEN_REAL_ACCOUNT =
      BodyCodec.of(
          OpenRealAccountRequest.class, OpenRealAccountRequest::decode, (v, w) -> v.write(w));

  /** cmd 41 reply: the two trader parameter strings. */
  public static final BodyCodec<TraderParams> TRADER_PARAMS =
      fixed(TraderParams.class, TraderParams::read, TraderParams::write);

  /** cmd 42 request: the u32 notification code. */
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

  /** cmd 44 reply: counted corporate links. */
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

  /** cmd 0 reply: head, session token and session key. */
  public static final BodyCodec<BootstrapReply> BOOTSTRAP_REPLY =
      BodyCodec.of(
          BootstrapReply.class,
          r -> BootstrapReply.decode(r.bytes(0, r.length(), "bootstrap").toArray()),
          (v, w) -> w.raw(v.encode()));

  /**
   * {@return a body that is one fixed record at offset 0}
   *
   * @param <T> the record type
   * @param type the class of the record
   * @param reader reads the record at an offset
   * @param writer writes the record
   */
  public static <T> BodyCodec<T> fixed(
      Class<T> type, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {
    return BodyCodec.of(type, r -> reader.read(r, 0), writer::write);
  }

  /**
   * {@return a body of records back to back with no count}
   *
   * @param <T> the record type
   * @param type the list class, for tools
   * @param size size of one record in bytes; the body length must be a multiple of it
   * @param reader reads one record at an offset
   * @param writer writes one record
   */
  public static <T> BodyCodec<List<T>> uncounted(
      Class<List<T>> type, int size, Wire.RecordReader<T> reader, Wire.RecordWriter<T> writer) {
    return BodyCodec.of(
        type, r -> Wire.readUncounted(r, 0, size, reader), (v, w) -> Wire.writeAll(w, v, writer));
  }
}
