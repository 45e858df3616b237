package io.github.jmt5.client.compat;

/**
 * The terminal, as the official {@code terminal_info()} result.
 *
 * <p>There is no desktop terminal behind the web protocol: the community, e-mail, FTP, push
 * notification and DLL fields are false or 0, paths are empty, {@code name} is "jmt5", {@code
 * build} is the trade server's build, {@code connected} tells whether the session is ready and
 * {@code tradeAllowed} whether the account may trade.
 *
 * @param communityAccount MQL5 community account; false
 * @param communityConnection MQL5 community connection; false
 * @param connected whether the session is connected and logged in
 * @param dllsAllowed false
 * @param tradeAllowed whether the account may trade
 * @param tradeapiDisabled false
 * @param emailEnabled false
 * @param ftpEnabled false
 * @param notificationsEnabled false
 * @param mqid false
 * @param build the trade server's build
 * @param maxbars the most bars one {@code copyRates*} call returns (1,000,000)
 * @param codepage 0
 * @param pingLast 0: not measured
 * @param communityBalance 0
 * @param retransmission 0
 * @param company the broker
 * @param name "jmt5"
 * @param language "English"
 * @param path empty
 * @param dataPath empty
 * @param commondataPath empty
 */
public record TerminalInfo(
    boolean communityAccount,
    boolean communityConnection,
    boolean connected,
    boolean dllsAllowed,
    boolean tradeAllowed,
    boolean tradeapiDisabled,
    boolean emailEnabled,
    boolean ftpEnabled,
    boolean notificationsEnabled,
    boolean mqid,
    int build,
    int maxbars,
    int codepage,
    int pingLast,
    double communityBalance,
    double retransmission,
    String company,
    String name,
    String language,
    String path,
    String dataPath,
    String commondataPath) {}
