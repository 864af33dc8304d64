// Unit tests classify with the shipped model, exactly as the command-line tool does.
import { installModelFromDisk } from "../../src/nlp/model/load-from-disk"

installModelFromDisk()
