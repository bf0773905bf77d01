using System.ComponentModel.DataAnnotations;

namespace Finpay.Shop.Pages;

/// <summary>The checkout form's fields.</summary>
public sealed class CheckoutInput
{
    /// <summary>First name.</summary>
    [Required(ErrorMessage = "Enter your first name.")]
    [StringLength(50)]
    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    [Required(ErrorMessage = "Enter your last name.")]
    [StringLength(50)]
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    /// <summary>E-mail address.</summary>
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [StringLength(320)]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    /// <summary>Mobile phone, digits with an optional leading +.</summary>
    [Required(ErrorMessage = "Enter your mobile number.")]
    [RegularExpression(@"^\+?[0-9 -]{6,24}$", ErrorMessage = "Enter a mobile number like +62 812 3456 7890.")]
    [Display(Name = "Mobile phone")]
    public string? MobilePhone { get; set; }
}
