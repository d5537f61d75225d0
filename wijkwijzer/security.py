"""Security headers that Django does not set itself.

Django's SecurityMiddleware sets HSTS, nosniff, Referrer-Policy and COOP;
django-csp sets the Content-Security-Policy of the public site. This adds a
Permissions-Policy everywhere and locks uploaded documents into a sandbox, so
a document can never run as HTML or script on our origin even if a browser
were to render it.

Previews are the one exception to "never in a frame": the admin shows them in
its preview panel, where Wagtail's checks (the "Controles" panel) run inside
them. Wagtail renders a preview by sending a dummy request for the page's own
URL through this middleware stack (``request.is_dummy``, set "to let
middleware know"), so the public policy would forbid the admin to frame it.
Only those responses may be framed, and only by the site itself; Wagtail's
preview views set X-Frame-Options: SAMEORIGIN to match.
"""

from csp.decorators import csp_replace

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
# django-csp's public per-view override, applied to the rest of the stack.
framed_by_the_site = csp_replace({"frame-ancestors": ["'self'"]})


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.document_prefix = getattr(settings, "DOCUMENTS_URL_PREFIX", "/documenten/")

    def __call__(self, request):
        get_response = self.get_response
        if getattr(request, "is_dummy", False):  # a preview, see above
            get_response = framed_by_the_site(get_response)
        response = get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(self.document_prefix):
            response["Content-Security-Policy"] = DOCUMENT_POLICY
            response["Cross-Origin-Resource-Policy"] = "same-origin"
        return response
