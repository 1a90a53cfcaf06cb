import ArgumentParser

/// What `lab ami` does with the pulsar-base images.
enum AMIAction: String, CaseIterable, ExpressibleByArgument {
    case list
    case build
    case validate
    case delete
}
