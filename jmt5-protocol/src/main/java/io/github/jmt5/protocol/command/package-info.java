/** Command ids and the dispatch table from command id to request, reply and push codecs. */
@NullMarked
package io.github.jmt5.protocol.command;

import org.jspecify.annotations.NullMarked;
