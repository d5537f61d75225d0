from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("<int:page_id>/", views.submit, name="submit"),
    path("bedankt/<int:page_id>/", views.thanks, name="thanks"),
]
