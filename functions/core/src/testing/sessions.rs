//! The web apps' refresh credentials, in memory.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use crate::model::error::PortError;
use crate::model::sessions::RefreshFamily;

/// Refresh families by id, with the store's conditions.
#[derive(Default)]
pub struct FakeSessions {
    pub families: Mutex<HashMap<String, RefreshFamily>>,
}

#[async_trait]
impl crate::ports::SessionStore for FakeSessions {
    async fn family(&self, id: &str) -> Result<Option<RefreshFamily>, PortError> {
        Ok(self.families.lock().unwrap().get(id).cloned())
    }

    async fn create_family(&self, family: &RefreshFamily) -> Result<(), PortError> {
        let mut families = self.families.lock().unwrap();
        if families.contains_key(&family.id) {
            return Err(PortError::Conflict { what: "refresh family" });
        }
        families.insert(family.id.clone(), family.clone());
        Ok(())
    }

    async fn rotate_family(&self, family: &RefreshFamily, previous_digest: &str) -> Result<(), PortError> {
        let mut families = self.families.lock().unwrap();
        match families.get(&family.id) {
            Some(stored)
                if stored.generation + 1 == family.generation && stored.digest == previous_digest =>
            {
                families.insert(family.id.clone(), family.clone());
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "refresh family" }),
        }
    }

    async fn end_family(&self, id: &str) -> Result<(), PortError> {
        self.families.lock().unwrap().remove(id);
        Ok(())
    }
}
