/** TLS settings of the command line: certificates to trust for a server with its own CA. */
@NullMarked
package io.github.jmt5.cli.tls;

import org.jspecify.annotations.NullMarked;
