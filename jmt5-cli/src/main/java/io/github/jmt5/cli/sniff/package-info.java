/** The protocol debugger: a WebSocket proxy that decrypts and decodes every frame it forwards. */
@NullMarked
package io.github.jmt5.cli.sniff;

import org.jspecify.annotations.NullMarked;
