package io.github.jmt5.protocol.vectors;

import com.fasterxml.jackson.databind.JsonNode;

/** One golden vector: its file, name, kind, inputs and expected outputs. */
record Vector(String file, String name, String kind, JsonNode inputs, JsonNode expected) {}
