//! The authenticator set-up QR code, drawn here as SVG: the key never goes
//! to a third-party QR service, and the portal's WASM carries no QR encoder
//! (its bundle budget is nearly spent).

use latchkey_core::PortError;

use crate::problem::ApiError;

/// An SVG document of `text` as a QR code (medium error correction, quiet
/// zone, black on white), drawn with presentation attributes only: no
/// `style`, so the portal's CSP lets it be placed in the page.
pub fn svg(text: &str) -> Result<String, ApiError> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).map_err(|e| {
            ApiError::Domain(latchkey_core::Error::Internal(PortError::Failed {
                what: "QR code",
                source: Box::new(e),
            }))
        })?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_code_is_an_svg_without_style_attributes() {
        let svg = super::svg("otpauth://totp/Contoso:adele?secret=GEZDGNBVGY3TQOJQ").unwrap();
        assert!(svg.contains("<svg") && svg.contains("<path"), "{svg}");
        assert!(!svg.contains("style="), "the CSP forbids inline styles: {svg}");
    }
}
