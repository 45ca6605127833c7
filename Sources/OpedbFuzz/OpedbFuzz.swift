#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import OpeDB

/// `OpedbFuzz`: the article parser under libFuzzer, and the replay of the inputs it keeps.
///
/// Built normally (`swift build`), it parses every file named on its command line (folders
/// walked) and says how many it read: the way to replay a crash libFuzzer saved, or a corpus,
/// under a debugger. Built by `Tests/Reliability/fuzz.sh` with `-DOPEDB_FUZZING`, coverage and
/// AddressSanitizer, the same `main` hands its arguments to libFuzzer's driver, which feeds it
/// inputs until a crash, a trap, a leak or a time-out — each one a bug, since bad input must
/// only ever be a ``ParseError``.
@main
struct OpedbFuzz {
    static func main() {
        #if OPEDB_FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: OpedbFuzz FILE|FOLDER… (replays each through the parser)\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("OpedbFuzz: cannot read \(file)\n".utf8))
                    exit(1)
                }
                parseOnce([UInt8](data))
                count += 1
            }
        }
        print("OpedbFuzz: parsed \(count) input\(count == 1 ? "" : "s") without a crash")
        #endif
    }

    /// One input through everything a parse feeds: the parser, then what is derived from its
    /// fields when an article is stored (fingerprint, title key, name keys).
    static func parseOnce(_ bytes: [UInt8]) {
        guard let article = try? ArticleParser().parse(bytes: bytes) else { return }
        _ = article.fingerprint
        _ = TitleKey.make(article.title)
        for author in article.authors { _ = PersonName(author.name).sortKey }
    }

    /// The regular files at `path`: itself, or those under it when it is a folder.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
        return names.map { path + "/" + $0 }.filter { name in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: name, isDirectory: &folder) && !folder.boolValue
        }
    }
}

#if OPEDB_FUZZING
/// What libFuzzer calls with each input (a function of its own: the compiler crashes on a
/// closure literal passed as a C function pointer here).
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    OpedbFuzz.parseOnce(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver (`libclang_rt.fuzzer_no_main`), for a program that keeps its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
