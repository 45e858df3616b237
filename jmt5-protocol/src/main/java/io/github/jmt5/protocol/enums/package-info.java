/**
 * The enumerations of the protocol (PROTOCOL.md section 9) and the server result codes (section
 * 5.9).
 *
 * <p>Every constant implements {@link io.github.jmt5.protocol.enums.WireEnum}: it carries its wire
 * value and a short human description. Bit-set fields (symbol fill, time and order flags, account
 * rights, permission flags) are enums of {@link io.github.jmt5.protocol.enums.WireFlag} bits with
 * {@code of(int)} / {@code toBits(Set)} helpers.
 *
 * <p>The lookups are lenient: each enum's {@code find(int)} returns an empty {@code Optional} for a
 * value it does not know, and {@code describe(int)} returns {@code "unknown (N)"}; nothing here
 * throws for an unexpected server value. Message records keep the raw {@code int} from the wire, so
 * values added by newer servers are never lost; these enums are a view on top of them.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
@NullMarked
package io.github.jmt5.protocol.enums;

import org.jspecify.annotations.NullMarked;
