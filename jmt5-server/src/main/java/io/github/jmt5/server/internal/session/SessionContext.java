package io.github.jmt5.server.internal.session;

import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.fault.FaultPlan;
import io.github.jmt5.server.script.Script;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * What every session of one emulator shares.
 *
 * @param accounts the accounts and their credentials
 * @param faults the fault plan
 * @param script canned replies and recorded requests
 * @param scheduler for delayed replies
 * @param clock current time, Unix milliseconds
 * @param serverBuild build reported in the bootstrap head and the account body
 */
public record SessionContext(
    AccountRegistry accounts,
    FaultPlan faults,
    Script script,
    ScheduledExecutorService scheduler,
    LongSupplier clock,
    int serverBuild) {}
