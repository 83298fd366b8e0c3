//! The crate's error type: one readable line per failure, distinguishing a
//! corrupt image, an unsupported feature and an I/O problem.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The OS error is the source, not part of this message: a cause chain prints it once.
    #[error("{context}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("corrupt erofs image: {0}")]
    Corrupt(String),
    #[error("unsupported erofs feature: {0}")]
    Unsupported(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub fn corrupt(msg: impl Into<String>) -> Error {
    Error::Corrupt(msg.into())
}

pub fn unsupported(msg: impl Into<String>) -> Error {
    Error::Unsupported(msg.into())
}
