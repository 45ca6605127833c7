#ifndef OPEDB_SYSTEM_H
#define OPEDB_SYSTEM_H

/// Raises the calling thread's nice value to `niceness` (Linux: nice is per thread), so the
/// thread yields its core to normal-priority threads when they contend. Swift cannot call
/// gettid/syscall itself. Returns 0, or -1 where unsupported or refused (harmless: the thread
/// then keeps its priority).
int opedb_lower_thread_priority(int niceness);

#endif
