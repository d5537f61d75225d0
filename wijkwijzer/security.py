"""Security headers that Django does not set itself.

Django's SecurityMiddleware sets HSTS, nosniff, Referrer-Policy and COOP;
django-csp sets the Content-Security-Policy of the public site. This adds a
Permissions-Policy everywhere and locks uploaded documents into a sandbox, so
a document can never run as HTML or script on our origin even if a browser
were to render it.
"""

from django.conf import settings

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)
DOCUMENT_POLICY = "default-src 'none'; sandbox"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.document_prefix = getattr(settings, "DOCUMENTS_URL_PREFIX", "/documenten/")

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(self.document_prefix):
            response["Content-Security-Policy"] = DOCUMENT_POLICY
            response["Cross-Origin-Resource-Policy"] = "same-origin"
        return response
