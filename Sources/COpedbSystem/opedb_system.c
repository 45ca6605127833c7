// Small operating-system calls Swift cannot make directly.
#define _GNU_SOURCE
#include "opedb_system.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int opedb_lower_thread_priority(int niceness) {
    return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), niceness);
}
#else
int opedb_lower_thread_priority(int niceness) {
    (void)niceness;
    return -1;
}
#endif
