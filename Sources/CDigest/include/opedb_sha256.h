#ifndef OPEDB_SHA256_H
#define OPEDB_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 (FIPS 180-4) of `length` bytes at `data`, written to `digest` (32 bytes).
///
/// Uses the CPU's SHA extensions when it has them (x86-64 SHA-NI: about six times the portable
/// code) and portable C otherwise; both give the same digest. Content hashes and parse
/// fingerprints are computed for every article added, so this sits on the ingest path.
void opedb_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The portable implementation alone, so tests can compare it with the accelerated one.
void opedb_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]);

/// 1 when `opedb_sha256` uses the CPU's SHA instructions on this machine.
int opedb_sha256_accelerated(void);

#endif
