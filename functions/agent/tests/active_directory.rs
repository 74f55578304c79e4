//! The agent against a real Active Directory stand-in: Samba AD DC on
//! 127.0.0.2, over LDAPS with its own CA, started by this test from a cached
//! provisioned snapshot (`infra/scripts/samba-dc.sh`). One test, because
//! Samba's ports are fixed: two at once could not both listen.

use latchkey_agent::testing::{AD_OLD, Samba};
use latchkey_agent::{Directory, DirectoryError, Refusal};
use secrecy::SecretString;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[tokio::test]
async fn samba_ad_takes_passwords_unlocks_must_change_and_sync_over_ldaps() {
    let samba = Samba::start();
    let ad = Directory::new(samba.config()).unwrap();
    ad.check().await.unwrap();

    // A reset: the new password binds, the old does not.
    ad.set_password("adele", &secret("Glacier-Mosaic-94"), false).await.unwrap();
    assert!(ad.binds("adele", &secret("Glacier-Mosaic-94")).await.unwrap());
    assert!(!ad.binds("adele", &secret(AD_OLD)).await.unwrap());

    // The domain's own rules, in plain words; nothing changes.
    let err = ad.set_password("adele", &secret("Sh0rt!"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::Refused(Refusal::TooShort)), "{err:?}");
    let err = ad.set_password("adele", &secret("alllowercaselongpassword"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::Refused(Refusal::Complexity)), "{err:?}");
    assert!(ad.binds("adele", &secret("Glacier-Mosaic-94")).await.unwrap(), "unchanged");

    // An administrator's temporary password: must change at the next sign-in.
    ad.set_password("adele", &secret("Temporary-Pass-77"), true).await.unwrap();
    // pwdLastSet 0: the directory takes the password only to change it (AD's "data 773").
    assert!(!ad.binds("adele", &secret("Temporary-Pass-77")).await.unwrap(), "must change first");
    let users = ad.users().await.unwrap();
    let adele = users.iter().find(|u| u.username == "adele").expect("adele");
    assert_eq!(adele.mail.as_deref(), Some("adele@example.test"));
    assert_eq!(adele.telephone.as_deref(), Some("+14255550199"));
    assert_eq!(adele.first_name.as_deref(), Some("Adele"));
    assert!(adele.groups.contains("Sales"), "{:?}", adele.groups);
    assert!(adele.enabled && !adele.locked);
    assert!(users.iter().any(|u| u.username == "alex"));
    ad.set_password("adele", &secret("Harbour-Kestrel-91"), false).await.unwrap();

    // Three wrong passwords lock the account; unlock clears lockoutTime.
    for _ in 0..3 {
        assert!(!ad.binds("adele", &secret("not-the-password")).await.unwrap());
    }
    assert!(!ad.binds("adele", &secret("Harbour-Kestrel-91")).await.unwrap(), "locked");
    assert!(ad.users().await.unwrap().iter().find(|u| u.username == "adele").unwrap().locked);
    ad.unlock("adele").await.unwrap();
    assert!(ad.binds("adele", &secret("Harbour-Kestrel-91")).await.unwrap(), "unlocked, password kept");

    let err = ad.set_password("nobody", &secret("Glacier-Mosaic-94"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::UserNotFound { .. }), "{err:?}");

    // Without the directory's CA the agent refuses the connection.
    let mut untrusted = samba.config();
    untrusted.ca_bundle = None;
    let err = Directory::new(untrusted).unwrap().check().await.unwrap_err();
    assert!(matches!(err, DirectoryError::Unreachable { .. }), "{err:?}");
}
