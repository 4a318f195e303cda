/** Reliability and security tests across every module: faults, money, secrets, fuzzed decoding, bad input, concurrency. */
package io.github.biliflux.reliability;
