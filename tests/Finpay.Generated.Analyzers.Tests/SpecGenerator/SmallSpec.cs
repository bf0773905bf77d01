namespace Finpay.Generated.Analyzers.Tests.SpecGenerator;

/// <summary>A small spec with one of everything the generator reads, and the DTOs NSwag would make of its schemas.</summary>
internal static class SmallSpec
{
    public const string Yaml = """
        openapi: 3.0.3
        info: { title: Small, version: '1' }
        paths:
          /shop/orders/{orderId}/pay:
            parameters:
              - $ref: '#/components/parameters/OrderId'
            post:
              operationId: payOrder
              summary: Pay an `order` <now>
              x-finpay-changes-state: true
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/PayRequest'
          /shop/cards/{cardToken}:
            get:
              operationId: forgetCard
              x-finpay-changes-state: false
              parameters:
                - name: cardToken
                  in: path
                  x-finpay-secret: true
                  schema: { type: string, minLength: 4, maxLength: 8, pattern: '^[a-f"\\]+$' }
                - name: verbose
                  in: query
                  schema: { type: boolean }
        components:
          parameters:
            OrderId:
              name: orderId
              in: path
              schema: { type: string, maxLength: 30 }
          schemas:
            PayRequest:
              properties:
                mode:
                  $ref: '#/components/schemas/PayMode'
            PayResponse:
              properties:
                pay-mode:
                  $ref: '#/components/schemas/PayMode'
            PayMode:
              type: string
              x-finpay-known-values:
                summary: How the `order` is paid
                values:
                  - { value: NOW, name: Now, description: At once }
                  - { value: 'a"b<c', name: Odd }

        """;

    public const string Dtos = """
        namespace Finpay.Generated
        {
            /// <summary>Sent to pay.</summary>
            public class PayRequest
            {
                /// <summary>How.</summary>
                public string? Mode { get; set; }
            }
        }

        """;
}
