/** Scripted mode: canned replies and recorded requests for tests. */
@NullMarked
package io.github.jmt5.server.script;

import org.jspecify.annotations.NullMarked;
