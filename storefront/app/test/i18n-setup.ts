// Both dictionaries, as on the server: components and helpers under test translate synchronously.
import "../i18n/dictionaries.server";
