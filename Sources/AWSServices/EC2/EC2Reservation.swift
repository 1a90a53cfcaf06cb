/// What `RunInstances` answers: the reservation and the instances it launched.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Reservation.html
public struct EC2Reservation: Sendable, Hashable {
    public var reservationID: String
    public var ownerID: String?
    public var instances: [EC2Instance]

    public init(reservationID: String, ownerID: String?, instances: [EC2Instance]) {
        self.reservationID = reservationID
        self.ownerID = ownerID
        self.instances = instances
    }

    init(xml: XMLFields) throws {
        let reservationID = try xml.string("reservationId")
        self.init(
            reservationID: reservationID, ownerID: xml.optionalString("ownerId"),
            instances: try xml.items("instancesSet").map { try EC2Instance(xml: $0, reservationID: reservationID) })
    }
}
