//! `refresh [--json]`: poll every source now and print the changes.
//! (The news pipeline takes this over; until then it says so.)

use super::CliError;
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct RefreshArgs {
    #[arg(long)]
    pub json: bool,
}

pub fn run(_store: &mut Store, _args: RefreshArgs, _out: &mut dyn Write) -> Result<(), CliError> {
    Err(CliError::User("refresh is not available in this build yet".into()))
}
