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

#ifdef __linux__
#include <sys/vfs.h>

static int opedb_kernel_magic(long type) {
    switch ((unsigned long)type) {
    case 0x9fa0UL:      /* proc */
    case 0x62656572UL:  /* sysfs */
    case 0x64626720UL:  /* debugfs */
    case 0x74726163UL:  /* tracefs */
    case 0x27e0ebUL:    /* cgroup */
    case 0x63677270UL:  /* cgroup2 */
    case 0x1cd1UL:      /* devpts */
    case 0x73636673UL:  /* securityfs */
    case 0xcafe4a11UL:  /* bpf */
    case 0x62656570UL:  /* configfs */
    case 0xde5e81e4UL:  /* efivarfs */
    case 0x6165676cUL:  /* pstore */
        return 1;
    default:
        return 0;
    }
}

int opedb_is_kernel_filesystem_fd(int fd) {
    struct statfs info;
    if (fstatfs(fd, &info) != 0) return -1;
    return opedb_kernel_magic((long)info.f_type);
}

int opedb_is_kernel_filesystem_path(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    return opedb_kernel_magic((long)info.f_type);
}
#else
int opedb_is_kernel_filesystem_fd(int fd) { (void)fd; return 0; }
int opedb_is_kernel_filesystem_path(const char *path) { (void)path; return 0; }
#endif
