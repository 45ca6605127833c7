/// The version of opedb, printed by `opedb --version`.
public enum OpeDBVersion {
    public static let string = "0.1.0"
}
