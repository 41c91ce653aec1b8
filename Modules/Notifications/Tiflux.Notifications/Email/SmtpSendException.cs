namespace Tiflux.Notifications.Email;

/// <summary>A send failed; <see cref="Exception.Message"/> is the pt-BR explanation (<see cref="SmtpErrorText"/>) shown to users.</summary>
internal sealed class SmtpSendException(string message, Exception inner) : Exception(message, inner);
