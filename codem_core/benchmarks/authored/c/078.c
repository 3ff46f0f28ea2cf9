//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
int hex_key(const char* num) {
//@@ solution
    const char* key = "2357BD";
    int out = 0;
    for (int i = 0; i < strlen(num); i++) {
        if (strchr(key, num[i])) out += 1;
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(hex_key("AB") == 1);
    }
    {
        assert(hex_key("1077E") == 2);
    }
    {
        assert(hex_key("ABED1A33") == 4);
    }
    {
        assert(hex_key("2020") == 2);
    }
    {
        assert(hex_key("123456789ABCDEF0") == 6);
    }
    {
        assert(hex_key("112233445566778899AABBCCDDEEFF00") == 12);
    }
    {
        assert(hex_key("") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(hex_key("AB") == 1);
    }
    {
        assert(hex_key("1077E") == 2);
    }
    {
        assert(hex_key("ABED1A33") == 4);
    }
    {
        assert(hex_key("2020") == 2);
    }
    {
        assert(hex_key("123456789ABCDEF0") == 6);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed hex_key.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
